package org.asprecords;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape of the code: features own their pages, shared packages know no feature, and
 * no page writes.
 */
class ArchitectureTest {

	private static final JavaClasses PORTAL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.asprecords");

	@Test
	void controllersAreFeatureInternals() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.andShould()
			.haveSimpleNameEndingWith("Controller")
			.check(PORTAL);
	}

	@Test
	void sharedPackagesKnowNoFeature() {
		noClasses().that()
			.resideInAnyPackage("org.asprecords.web..", "org.asprecords.db..", "org.asprecords.topic..",
					"org.asprecords.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.asprecords.session..", "org.asprecords.resolution..", "org.asprecords.election..",
					"org.asprecords.budget..", "org.asprecords.statement..", "org.asprecords.state..",
					"org.asprecords.person..", "org.asprecords.organization..", "org.asprecords.outcome..",
					"org.asprecords.search..", "org.asprecords.importer..", "org.asprecords.home..")
			.check(PORTAL);
	}

	@Test
	void onlyTheImporterWritesRecords() {
		noClasses().that()
			.resideOutsideOfPackage("org.asprecords.importer..")
			.should()
			.callMethod(jakarta.persistence.EntityManager.class, "persist", Object.class)
			.check(PORTAL);
	}

}
