package dev.kith.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.media.port.MediaPorts;
import dev.kith.application.notification.port.NotificationPorts;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.story.port.StoryPorts;
import dev.kith.application.group.port.GroupPorts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wiring a core from one ports record per context. */
class KithTest {

    private static final List<Class<? extends Record>> PORTS_RECORDS =
            List.of(SharedPorts.class, AccountPorts.class, GraphPorts.class, ProfilePorts.class, ContentPorts.class, MediaPorts.class, StoryPorts.class, GroupPorts.class, NotificationPorts.class, ExportPorts.class);

    @Test
    void every_ports_record_names_the_port_it_is_missing() throws ReflectiveOperationException {
        for (Class<? extends Record> type : PORTS_RECORDS) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            for (int missing = 0; missing < components.length; missing++) {
                Object[] ports = Arrays.stream(types).map(KithTest::any).toArray();
                ports[missing] = null;
                try {
                    type.getDeclaredConstructor(types).newInstance(ports);
                    throw new AssertionError(type.getSimpleName() + " took a null " + components[missing].getName());
                } catch (InvocationTargetException e) {
                    assertThat(e.getCause()).isInstanceOf(NullPointerException.class)
                            .hasMessage(components[missing].getName());
                }
            }
        }
    }

    @Test
    void a_core_is_built_from_the_clock_and_one_record_per_context() {
        Kith kith = complete().build();

        assertThat(kith.accounts()).isNotNull();
        assertThat(kith.graph().visibility()).isNotNull();
        assertThat(kith.profiles()).isNotNull();
        assertThat(kith.content()).isNotNull();
        assertThat(kith.groups().access()).isNotNull();
        assertThat(kith.media().links()).isNotNull();
        assertThat(kith.exports()).isNotNull();
        assertThat(kith.outboxRelay()).isNotNull();
    }

    @Test
    void building_names_the_first_record_missing() {
        assertThatThrownBy(() -> Kith.builder().clock(Clock.systemUTC()).build())
                .isInstanceOf(NullPointerException.class).hasMessage("shared");
        assertThatThrownBy(() -> Kith.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessage("clock");
    }

    @Test
    void the_relay_gets_every_context_s_handlers() {
        OutboxHandler mail = message -> { };
        OutboxHandler stories = message -> { };
        OutboxTopics topics = new OutboxTopics();

        topics.add("shared", Map.of(OutgoingMail.TOPIC, mail));
        ContextFacade context = topics.add(facade(Map.of("story-expired", stories)));

        assertThat(context.outboxHandlers()).containsOnlyKeys("story-expired");
        assertThat(topics.handlers()).containsExactlyInAnyOrderEntriesOf(Map.of(OutgoingMail.TOPIC, mail, "story-expired", stories));
    }

    @Test
    void two_handlers_for_one_outbox_topic_fail_the_wiring() {
        OutboxTopics topics = new OutboxTopics();
        topics.add("shared", Map.of(OutgoingMail.TOPIC, message -> { }));

        assertThatThrownBy(() -> topics.add("notification", Map.of(OutgoingMail.TOPIC, message -> { })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("outbox topic 'mail' has two handlers, of shared and of notification");
    }

    private static ContextFacade facade(Map<String, OutboxHandler> handlers) {
        return () -> handlers;
    }

    private static Kith.Builder complete() {
        return Kith.builder()
                .clock(Clock.systemUTC())
                .shared(record(SharedPorts.class))
                .accounts(record(AccountPorts.class))
                .graph(record(GraphPorts.class))
                .profiles(record(ProfilePorts.class))
                .content(record(ContentPorts.class))
                .media(record(MediaPorts.class), MediaSettings.defaults(Path.of("uploads"), new byte[32]))
                .stories(record(StoryPorts.class))
                .groups(record(GroupPorts.class))
                .notifications(record(NotificationPorts.class))
                .exports(record(ExportPorts.class));
    }

    /** A ports record whose ports do nothing; wiring calls none of them. */
    private static <R extends Record> R record(Class<R> type) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(Arrays.stream(types).map(KithTest::any).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object any(Class<?> port) {
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName());
        });
    }
}
