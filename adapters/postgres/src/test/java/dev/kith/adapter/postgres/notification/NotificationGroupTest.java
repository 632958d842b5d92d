package dev.kith.adapter.postgres.notification;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.domain.account.Account;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.notification.NotificationType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A notification about a group keeps its group, goes with the group, and is not written for a deleted one. */
class NotificationGroupTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(2);

    private final SocialAdapters db = SocialAdapters.on(DB.jdbi());
    private final PostgresNotificationRepository notifications = new PostgresNotificationRepository(DB.jdbi());

    @Test
    void a_notification_about_a_group_keeps_it_and_goes_with_it() {
        Account admin = stored();
        Account asking = stored();
        GroupId group = new GroupId(uuid());
        db.transactor().run(() -> db.groupPorts().groups().add(new Group(group, "Private", "", GroupVisibility.PRIVATE, admin.id(), T0)));
        Notification notification = notification(admin, asking, group);

        assertThat(db.transactor().inTransaction(() -> notifications.add(notification))).isTrue();

        assertThat(notifications.find(List.of(notification.id()))).singleElement()
                .satisfies(view -> assertThat(view.notification()).isEqualTo(notification));
        db.transactor().run(() -> db.groupPorts().groups().delete(group));
        assertThat(notifications.find(List.of(notification.id()))).isEmpty();
        assertThat(notifications.unreadCount(admin.id())).isZero();
        assertThat(db.transactor().inTransaction(() -> notifications.add(notification(admin, asking, group))))
                .as("about a group deleted a moment ago").isFalse();
    }

    private static Notification notification(Account recipient, Account actor, GroupId group) {
        return new Notification(new NotificationId(uuid()), recipient.id(), NotificationType.GROUP_JOIN_REQUEST, actor.id(),
                Optional.empty(), Optional.empty(), Optional.of(group), "group_join_request:" + group + ":" + actor.id() + ":" + uuid(),
                T0, false);
    }

    private Account stored() {
        Account account = account();
        db.transactor().run(() -> db.accounts().add(account));
        return account;
    }
}
