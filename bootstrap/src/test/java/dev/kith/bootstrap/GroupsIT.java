package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups on the packaged jar, as a user runs it: a private group found by name, a join request notified to
 * its owner and approved, a post in the group in the member's home timeline and not in a non-member
 * follower's, live on the member's socket and not on the follower's, moderation logged, leaving taking
 * access away (on the open socket too), and the group deleted with its posts.
 */
class GroupsIT {

    @TempDir
    Path temp;

    @Test
    void a_private_group_lives_and_dies_on_the_packaged_jar() throws Exception {
        Path data = temp.resolve("data");
        try (KithProcess kith = KithProcess.start(Map.of("DATA_DIR", data.toString(), "RATE_LIMITS", "off"),
                temp.resolve("kith.log"))) {
            HttpClientFixture json = new HttpClientFixture(kith.port());
            String alice = MediaUploads.signUp(json, data, "alice");
            String bob = MediaUploads.signUp(json, data, "bob");
            String carol = MediaUploads.signUp(json, data, "carol");
            assertThat(json.post("/api/v1/users/alice/follow", "", carol).status()).isEqualTo(200);

            HttpClientFixture.Response created = json.post("/api/v1/groups",
                    "{\"name\":\"Night Owls\",\"description\":\"after midnight\",\"visibility\":\"private\"}", alice);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode group = created.json();
            assertThat(group.get("myRole").asText()).isEqualTo("owner");
            assertThat(group.get("membersCount").asLong()).isEqualTo(1);
            String id = group.get("id").asText();

            assertThat(json.get("/api/v1/groups?q=night", bob).json().at("/items/0/id").asText()).isEqualTo(id);
            assertThat(json.post("/api/v1/groups/" + id + "/join", "", bob).json().get("state").asText()).isEqualTo("requested");
            await().atMost(Duration.ofSeconds(15)).until(() ->
                    json.get("/api/v1/notifications", alice).body().contains("group_join_request"));
            JsonNode requests = json.get("/api/v1/groups/" + id + "/requests", alice).json();
            assertThat(requests.at("/items/0/user/username").asText()).isEqualTo("bob");
            String bobId = requests.at("/items/0/user/id").asText();
            assertThat(json.post("/api/v1/groups/" + id + "/requests/" + bobId + "/approve", "", alice).status()).isEqualTo(204);

            StreamSocket bobsSocket = StreamSocket.open(kith.port(), bob, null);
            StreamSocket carolsSocket = StreamSocket.open(kith.port(), carol, null);
            HttpClientFixture.Response posted = json.post("/api/v1/posts",
                    "{\"text\":\"owls only\",\"groupId\":\"" + id + "\"}", alice);
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            List<JsonNode> live = bobsSocket.until("post");  // after the approval's notification, if it came late
            assertThat(live.get(live.size() - 1).at("/post/text").asText()).as("live, to a member").isEqualTo("owls only");
            assertThat(posted.json().get("groupId").asText()).isEqualTo(id);
            String post = posted.json().get("id").asText();
            assertThat(json.get("/api/v1/timelines/home", bob).body()).contains("owls only");
            assertThat(json.get("/api/v1/groups/" + id + "/posts", bob).json().at("/items/0/id").asText()).isEqualTo(post);
            assertThat(json.get("/api/v1/timelines/home", carol).body()).doesNotContain("owls only");
            assertThat(json.get("/api/v1/posts/" + post, carol).status()).isEqualTo(404);
            assertThat(json.get("/api/v1/groups/" + id + "/posts", carol).status()).isEqualTo(404);
            assertThat(json.get("/api/v1/groups/" + id, carol).json().get("membersCount").asLong()).isEqualTo(2);

            HttpClientFixture.Response role = json.call("PUT", "/api/v1/groups/" + id + "/members/" + bobId + "/role",
                    "{\"role\":\"moderator\"}", alice);
            assertThat(role.status()).as(role.body()).isEqualTo(200);
            assertThat(role.json().get("role").asText()).isEqualTo("moderator");
            JsonNode log = json.get("/api/v1/groups/" + id + "/log", alice).json();
            assertThat(log.at("/items/0/action").asText()).isEqualTo("role_changed");
            assertThat(log.at("/items/0/actor/username").asText()).isEqualTo("alice");
            assertThat(log.at("/items/0/subject/username").asText()).isEqualTo("bob");

            assertThat(json.call("DELETE", "/api/v1/groups/" + id + "/membership", "", alice).status()).isEqualTo(409);
            assertThat(json.call("DELETE", "/api/v1/groups/" + id + "/membership", "", bob).status()).isEqualTo(204);
            assertThat(json.get("/api/v1/timelines/home", bob).body()).doesNotContain("owls only");
            assertThat(json.get("/api/v1/posts/" + post, bob).status()).isEqualTo(404);
            // a group post after bob left, then a follow of bob's as a marker: only the marker reaches his socket
            assertThat(json.post("/api/v1/posts", "{\"text\":\"bob is gone\",\"groupId\":\"" + id + "\"}", alice).status())
                    .isEqualTo(201);
            assertThat(json.post("/api/v1/users/bob/follow", "", carol).status()).isEqualTo(200);
            assertThat(bobsSocket.until("notification")).extracting(event -> event.get("type").asText())
                    .doesNotContain("post");
            // carol follows alice but is no member: by the time bob's marker came, nothing had reached her socket
            assertThat(carolsSocket.others()).noneMatch(event -> event.get("type").asText().equals("post"));
            bobsSocket.close();
            carolsSocket.close();

            assertThat(json.call("DELETE", "/api/v1/groups/" + id, "", alice).status()).isEqualTo(204);
            assertThat(json.get("/api/v1/groups/" + id, alice).status()).isEqualTo(404);
            assertThat(json.get("/api/v1/posts/" + post, alice).status()).isEqualTo(404);
        }
    }
}
