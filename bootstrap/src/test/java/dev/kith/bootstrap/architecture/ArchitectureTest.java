package dev.kith.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dependency rule and the naming and shape rules of docs/architecture.md, checked on the compiled main code. */
class ArchitectureTest {

    private static final JavaClasses KITH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kith");

    /** Which bounded context may see which; everything may see {@code shared}. */
    private static final Map<String, Set<String>> CONTEXTS_MAY_SEE = Map.of(
            "account", Set.of("media"),
            "graph", Set.of("account"),
            "profile", Set.of("account", "graph", "media"),
            "content", Set.of("account", "graph", "media", "group"),
            "media", Set.of("account"),             // an upload's owner; accounts refer to media by the shared MediaId
            "story", Set.of("account", "graph", "media"),
            "notification", Set.of("account", "graph", "content", "media", "group", "story", "export"),  // export_ready
            // an archive holds every context's rows of one account; its files go to the media storage
            "export", Set.of("account", "graph", "content", "media", "group", "story", "notification"),
            "group", Set.of("account", "graph"));  // members are accounts; member lists leave out blocked accounts

    /**
     * The contexts of {@link #CONTEXTS_MAY_SEE} that have no classes yet in a layer. Only their rules may
     * match nothing: every other context's rule fails on empty, so a renamed package or a broken import
     * cannot make it pass silently. A context leaves this list with its first class in that layer
     * ({@link #contexts_not_built_yet_have_no_classes} says when).
     */
    private static final Map<String, Set<String>> NOT_BUILT_YET = Map.of(
            "domain", Set.of("profile"),              // profile's domain types live in account today
            "application", Set.of());

    @Test
    void the_import_found_every_layer() {
        for (String layer : List.of("dev.kith.domain", "dev.kith.application", "dev.kith.adapter", "dev.kith.bootstrap")) {
            if (KITH.stream().noneMatch(c -> c.getPackageName().startsWith(layer))) {
                throw new AssertionError("no classes imported from " + layer);
            }
        }
    }

    @Test
    void the_domain_depends_only_on_the_jdk_and_itself() {
        classes().that().resideInAPackage("dev.kith.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.kith.domain..")
                .check(KITH);
    }

    // javax.crypto is the JDK's own HMAC, which MediaLinks signs media links with
    @Test
    void the_application_depends_only_on_the_jdk_the_domain_and_itself() {
        classes().that().resideInAPackage("dev.kith.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "dev.kith.domain..",
                        "dev.kith.application..")
                .check(KITH);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        slices().matching("dev.kith.adapter.(*)..").should().notDependOnEachOther().check(KITH);
    }

    @Test
    void nothing_depends_on_bootstrap() {
        noClasses().that().resideOutsideOfPackage("dev.kith.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("dev.kith.bootstrap..")
                .check(KITH);
    }

    @Test
    void the_core_does_not_depend_on_adapters() {
        noClasses().that().resideInAnyPackage("dev.kith.domain..", "dev.kith.application..")
                .should().dependOnClassesThat().resideInAPackage("dev.kith.adapter..")
                .check(KITH);
    }

    @Test
    void contexts_have_no_cycles() {
        slices().matching("dev.kith.domain.(*)..").should().beFreeOfCycles().check(KITH);
        slices().matching("dev.kith.application.(*)..").should().beFreeOfCycles().check(KITH);
    }

    @Test
    void contexts_see_only_the_contexts_they_are_allowed_to() {
        for (String layer : List.of("domain", "application")) {
            for (Map.Entry<String, Set<String>> context : CONTEXTS_MAY_SEE.entrySet()) {
                String own = "dev.kith." + layer + "." + context.getKey() + "..";
                String[] others = CONTEXTS_MAY_SEE.keySet().stream()
                        .filter(other -> !other.equals(context.getKey()) && !context.getValue().contains(other))
                        .map(other -> "dev.kith." + layer + "." + other + "..")
                        .toArray(String[]::new);
                if (others.length > 0) {
                    noClasses().that().resideInAPackage(own).should().dependOnClassesThat().resideInAnyPackage(others)
                            .allowEmptyShould(NOT_BUILT_YET.get(layer).contains(context.getKey())).check(KITH);
                }
            }
        }
    }

    @Test
    void contexts_not_built_yet_have_no_classes() {
        NOT_BUILT_YET.forEach((layer, contexts) -> {
            for (String context : contexts) {
                String own = "dev.kith." + layer + "." + context;
                if (KITH.stream().anyMatch(c -> c.getPackageName().equals(own) || c.getPackageName().startsWith(own + "."))) {
                    throw new AssertionError(own + " has classes now: remove " + context + " from NOT_BUILT_YET[" + layer
                            + "], so that the rules on it fail when they match nothing");
                }
            }
        });
    }

    @Test
    void the_core_never_reads_the_clock_or_random_numbers_itself() {
        noClasses().that().resideInAnyPackage("dev.kith.domain..", "dev.kith.application..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.SplittableRandom.class)
                .check(KITH);
    }

    @Test
    void ports_are_implemented_only_in_adapters() {
        DescribedPredicate<JavaClass> implementsAPort = new DescribedPredicate<>("implement a port") {
            @Override
            public boolean test(JavaClass type) {
                // a sealed interface in a port package is a family of values (StreamEntry's records), not a port
                return type.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().matches("dev\\.kith\\.application\\.[a-z]+\\.port")
                        && !i.reflect().isSealed());
            }
        };
        classes().that(implementsAPort).and().areNotInterfaces()
                .should().resideInAPackage("dev.kith.adapter..")
                .check(KITH);
    }

    @Test
    void banned_names_are_absent() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Dto")
                .check(KITH);
        noClasses().that().resideInAPackage("dev.kith.application..")
                .should().haveSimpleNameEndingWith("Service")
                .check(KITH);
        noClasses().that().resideInAPackage("dev.kith.application..port..").and().areInterfaces()
                .should().haveSimpleNameEndingWith("Port")
                .check(KITH);
    }

    @Test
    void use_cases_are_final_with_one_public_method() {
        classes().that().resideInAPackage("dev.kith.application..")
                .and(new DescribedPredicate<>("have an execute method") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.getMethods().stream().anyMatch(m -> m.getName().equals("execute"));
                    }
                })
                .should().haveModifier(JavaModifier.FINAL)
                .andShould(new ArchCondition<>("have exactly one public method") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Set<String> publicMethods = type.getMethods().stream()
                                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers().contains(JavaModifier.BRIDGE))
                                .map(JavaMethod::getName)
                                .collect(Collectors.toSet());
                        if (publicMethods.size() != 1) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " has public methods " + publicMethods));
                        }
                    }
                })
                .check(KITH);
    }
}
