package vn.dangvu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.PublicEndpoint;

/** The house rules of STYLE.md §1, §3 and §9 that the compiler cannot check. */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dangvu");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("vn.dangvu");

    @Test
    void controllersLiveInInternalPackagesAndAreNamedSo() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideOutsideOfPackage("vn.dangvu.shared..")
                .should()
                .resideInAPackage("..internal..")
                .andShould()
                .haveSimpleNameEndingWith("Controller")
                .check(MAIN);
    }

    @Test
    void everyApiHandlerDeclaresWhoMayCallIt() {
        java.util.List<String> undeclared = new java.util.ArrayList<>();
        for (var type : MAIN) {
            if (!type.isAnnotatedWith(RestController.class)
                    || type.getPackageName().startsWith("vn.dangvu.shared")) {
                continue;
            }
            for (var method : type.getMethods()) {
                boolean handler = method.isMetaAnnotatedWith(RequestMapping.class);
                boolean declared = method.isMetaAnnotatedWith(Allowed.class)
                        || method.isAnnotatedWith(Allowed.class)
                        || method.isAnnotatedWith(PublicEndpoint.class)
                        || type.isAnnotatedWith(Allowed.class)
                        || type.isMetaAnnotatedWith(Allowed.class);
                if (handler && !declared) {
                    undeclared.add(method.getFullName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(undeclared).isEmpty();
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
    }

    @Test
    void noJpa() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(MAIN);
    }

    @Test
    void noImplSuffix() {
        noClasses().should().haveSimpleNameEndingWith("Impl").check(MAIN);
    }

    @Test
    void timeComesFromTheClock() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .check(MAIN);
    }

    @Test
    void testsUseAssertJAndBddMockito() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.junit.jupiter.api.Assertions")
                .orShould()
                .callMethod(org.mockito.Mockito.class, "when", Object.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.mockito.InjectMocks")
                .check(TESTS);
    }
}
