package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests Jetty refuses before Javalin sees them still get problem+json, never Jetty's HTML page nor an
 * empty body, whatever their method. Sent over a raw socket, since no HTTP client sends such bytes.
 */
class JettyRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BIG_HEADER = "X-Big: " + "a".repeat(20 * 1024) + "\r\n";

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
        RawResponse response = raw("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");

        assertProblem(response, 431, "headers_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void oversized_headers_on_a_request_with_a_body_get_a_problem(String method) throws IOException {
        RawResponse response = raw(method + " /api/v1/me HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\n" + BIG_HEADER + "\r\n{}");

        assertProblem(response, 431, "headers_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPTIONS", "FOO"})
    void oversized_headers_on_a_request_of_any_method_get_a_problem(String method) throws IOException {
        RawResponse response = raw(method + " /api/v1/me HTTP/1.1\r\nHost: x\r\n" + BIG_HEADER + "\r\n");

        assertProblem(response, 431, "headers_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "GET"})
    void a_path_with_overlong_utf8_gets_a_problem(String method) throws IOException {
        RawResponse response = raw(method + " /api/v1/users/%c0%af/follow HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 0\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void a_path_with_overlong_utf8_and_a_body_gets_a_problem() throws IOException {
        RawResponse response = raw("PUT /api/v1/users/%c0%af/follow HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");

        assertProblem(response, 400, "bad_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "GET"})
    void a_raw_non_ascii_byte_in_the_request_line_gets_a_problem(String method) throws IOException {
        byte[] request = (method + " /api/v1/users/\u00c0/follow HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(raw(request), 400, "bad_request");
    }

    @Test
    void a_utf16_escape_in_the_path_is_a_bad_request_not_a_server_fault() throws IOException {
        RawResponse response = raw("GET /api/v1/users/%u0041/followers HTTP/1.1\r\nHost: x\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void a_malformed_uri_gets_a_problem() throws IOException {
        RawResponse response = raw("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void a_space_inside_the_path_gets_a_problem() throws IOException {
        RawResponse response = raw("PUT /api/v1/users/a b/follow HTTP/1.1\r\nHost: x\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void a_control_character_in_a_header_gets_a_problem() throws IOException {
        RawResponse response = raw("DELETE /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Odd: a\u0001b\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void an_unreadable_content_length_gets_a_problem() throws IOException {
        RawResponse response = raw("PATCH /api/v1/me HTTP/1.1\r\nHost: x\r\nContent-Length: 12x\r\n\r\n{}");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void a_content_length_beside_chunked_encoding_gets_a_problem() throws IOException {
        RawResponse response = raw("PUT /api/v1/me HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    @Test
    void a_garbled_request_line_gets_a_problem() throws IOException {
        RawResponse response = raw("HELLO THERE\r\n\r\n");

        assertProblem(response, 505, "http_version_not_supported");
    }

    @Test
    void an_http_2_request_line_over_http_1_gets_a_problem() throws IOException {
        RawResponse response = raw("GET /health/live HTTP/2.0\r\nHost: x\r\n\r\n");

        assertProblem(response, 426, "upgrade_required");
    }

    @Test
    void an_unknown_expectation_gets_a_problem() throws IOException {
        RawResponse response = raw("PUT /api/v1/me HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}");

        assertProblem(response, 417, "expectation_failed");
    }

    @Test
    void an_asterisk_target_gets_a_problem() throws IOException {
        RawResponse response = raw("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");

        assertProblem(response, 404, "not_found");
    }

    @Test
    void a_missing_host_header_gets_a_problem() throws IOException {
        RawResponse response = raw("GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertProblem(response, 400, "bad_request");
    }

    private static void assertProblem(RawResponse response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("content-type")).as(response.text()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).endsWith("/" + code);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static RawResponse raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code request} and reads one response: its head up to the blank line, then Content-Length bytes. */
    private static RawResponse raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            Map<String, String> headers = new LinkedHashMap<>();
            String[] lines = head.split("\r\n");
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new RawResponse(Integer.parseInt(lines[0].substring(9, 12)), headers, head, body);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int next;
        while (last4 != 0x0d0a0d0a && (next = in.read()) != -1) {
            head.write(next);
            last4 = (last4 << 8) | next;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).as("a response head").startsWith("HTTP/1.1 ").endsWith("\r\n\r\n");
        return text.substring(0, text.length() - 4);
    }

    /** One response off the wire. */
    private record RawResponse(int status, Map<String, String> headers, String head, byte[] body) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String text() {
            return head + "\r\n\r\n" + new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }
}
