package dev.kith.adapter.javalin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer;
import dev.kith.client.ApiClient;
import dev.kith.client.api.NotificationsApi;
import dev.kith.client.model.MarkNotificationsReadRequest;
import dev.kith.client.model.Notification;
import dev.kith.client.model.NotificationPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client generated from the OpenAPI document reads notifications and marks them read as documented. */
class NotificationGeneratedClientTest {

    @Test
    void the_generated_client_lists_counts_and_marks_notifications_read() throws Exception {
        try (TestServer server = new TestServer()) {
            String gena = server.accessToken("gena");
            String bob = server.accessToken("bob");
            server.follow(bob, "gena");
            server.call("POST", "/api/v1/posts/" + server.publish(gena, "hello") + "/like", bob).expect(200);
            server.core.deliverMail();
            ApiClient client = new ApiClient();
            client.updateBaseUri(server.uri("").toString());
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + gena));
            NotificationsApi notifications = new NotificationsApi(client);

            NotificationPage page = notifications.listNotifications(true, 1, null);
            Notification newest = page.getItems().get(0);
            NotificationPage rest = notifications.listNotifications(true, 1, page.getNextCursor());
            long unread = notifications.countUnreadNotifications().getCount();
            notifications.markNotificationsRead(new MarkNotificationsReadRequest().upTo(newest.getId()));

            assertThat(newest.getType()).isEqualTo(Notification.TypeEnum.LIKE);
            assertThat(newest.getActor().getUsername()).isEqualTo("bob");
            assertThat(newest.getPostId()).isNotNull();
            assertThat(newest.getGroupId()).isNull();
            assertThat(rest.getItems()).extracting(Notification::getType).containsExactly(Notification.TypeEnum.FOLLOW);
            assertThat(rest.getNextCursor()).isNull();
            assertThat(unread).isEqualTo(2);
            assertThat(notifications.countUnreadNotifications().getCount()).isZero();
            notifications.markNotificationsRead(new MarkNotificationsReadRequest().ids(List.of(newest.getId())));
            assertThat(notifications.listNotifications(null, null, null).getItems())
                    .extracting(Notification::getRead).containsExactly(true, true);
        }
    }
}
