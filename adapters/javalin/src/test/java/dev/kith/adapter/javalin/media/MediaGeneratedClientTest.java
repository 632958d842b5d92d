package dev.kith.adapter.javalin.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer;
import dev.kith.application.testing.TestMedia;
import dev.kith.client.ApiClient;
import dev.kith.client.api.MediaApi;
import dev.kith.client.model.DescribeMediaRequest;
import dev.kith.client.model.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client generated from the OpenAPI document uploads through the multipart route as documented. */
class MediaGeneratedClientTest {

    @TempDir
    Path temp;

    @Test
    void the_generated_client_uploads_polls_and_describes_media() throws Exception {
        try (TestServer server = MediaTestServers.start(temp.resolve("scratch"))) {
            String token = server.accessToken("gena");
            ApiClient client = new ApiClient();
            client.updateBaseUri(server.uri("").toString());
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
            Path photo = Files.write(temp.resolve("photo.jpg"), TestMedia.jpeg(64, 48));
            MediaApi media = new MediaApi(client);

            Media uploaded = media.uploadMedia(photo.toFile(), "A test card");

            assertThat(uploaded.getType()).isEqualTo(Media.TypeEnum.IMAGE);
            assertThat(uploaded.getDescription()).isEqualTo("A test card");
            assertThat(media.getMedia(uploaded.getId()).getWidth()).isEqualTo(64);
            assertThat(media.describeMedia(uploaded.getId(), new DescribeMediaRequest().description("Test card"))
                    .getDescription()).isEqualTo("Test card");
        }
    }
}
