package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests Jetty refuses before Javalin sees them still get problem+json, never Jetty's HTML page. */
class JettyRefusalsTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void oversized_headers_get_a_problem() throws IOException {
        String response = raw("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");

        assertProblem(response, 431);
    }

    @Test
    void a_malformed_uri_gets_a_problem() throws IOException {
        String response = raw("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(statusOf(response)).isBetween(400, 404);
        assertProblem(response, statusOf(response));
    }

    @Test
    void a_garbled_request_line_gets_a_problem() throws IOException {
        String response = raw("HELLO THERE\r\n\r\n");

        assertThat(statusOf(response)).isBetween(400, 505);
        assertProblem(response, statusOf(response));
    }

    @Test
    void a_missing_host_header_gets_a_problem() throws IOException {
        String response = raw("GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertProblem(response, 400);
    }

    private static void assertProblem(String response, int status) {
        assertThat(statusOf(response)).as(response).isEqualTo(status);
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).doesNotContainIgnoringCase("<html").contains("\"status\":" + status);
    }

    private static int statusOf(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            StringBuilder text = new StringBuilder();
            int read;
            try {
                while ((read = in.read(buffer)) != -1) {
                    text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    if (text.indexOf("\r\n\r\n") > 0 && text.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // the server closed or stopped talking; what arrived is the answer
            }
            return text.toString();
        }
    }
}
