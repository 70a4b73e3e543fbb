package org.cohortdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md, stated so that a build fails when they are crossed. */
@AnalyzeClasses(packages = "org.cohortdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.cohortdesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "org.h2..", "picocli..",
                    "org.cohortdesk.store..", "org.cohortdesk.service..", "org.cohortdesk.ui..", "org.cohortdesk.cli..");

    @ArchTest
    static final ArchRule serviceNeverTouchesTheWindowOrTheCommandLine = noClasses().that().resideInAPackage("org.cohortdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "org.cohortdesk.ui..", "org.cohortdesk.cli..");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheModel = noClasses().that().resideInAPackage("org.cohortdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "org.cohortdesk.service..",
                    "org.cohortdesk.ui..", "org.cohortdesk.cli..", "org.cohortdesk.i18n..");

    @ArchTest
    static final ArchRule i18nIsPlainJava = noClasses().that().resideInAPackage("org.cohortdesk.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cohortdesk.store..", "org.cohortdesk.service..",
                    "org.cohortdesk.ui..", "org.cohortdesk.cli..");

    @ArchTest
    static final ArchRule commandLineNeverLoadsJavaFx = noClasses().that().resideInAPackage("org.cohortdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cohortdesk.ui..");

    @ArchTest
    static final ArchRule windowUsesServicesNotTheStoreDirectly = noClasses().that().resideInAPackage("org.cohortdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..", "picocli..", "org.cohortdesk.cli..");

    /** CalendarFX is the Calendar page's business: an adapter there maps sessions to its entries. */
    @ArchTest
    static final ArchRule calendarFxStaysInTheCalendarPage = noClasses().that().resideOutsideOfPackage("org.cohortdesk.ui.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage("com.calendarfx..", "impl.com.calendarfx..");

    /** JavaFX's own buttons (Cancel, Close, OK, ...) speak English in a Vietnamese or Lao window. */
    @ArchTest
    static final ArchRule buttonsSpeakTheUsersLanguage = noClasses()
            .should().accessField(javafx.scene.control.ButtonType.class, "CANCEL")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CLOSE")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "OK")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "YES")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "NO")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "APPLY")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "FINISH");
}
