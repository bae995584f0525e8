package org.asprecords;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.asprecords.db.RecordEntity;
import org.asprecords.kind.RecordKind;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * A feature's repository is its own: other features read its records through its
	 * public service (such as {@code States} or {@code ResolutionCatalog}), so that every
	 * query on a table is written in the package that owns it.
	 */
	@Test
	void repositoriesStayInsideTheirFeature() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(PORTAL);
	}

	/** Nor do longer rings of packages close on themselves (A uses B uses C uses A). */
	/**
	 * A template reads records and enums, and its expressions are compiled to bytecode
	 * (SpEL's compiler, {@code spring.thymeleaf.enable-spring-el-compiler}) only on
	 * public types: on a package-private one every property is looked up by reflection on
	 * every page, which cost a tenth of the budgets page's CPU. A record or an enum is
	 * data a page may show, so it is public, or private to the one class that uses it.
	 */
	@Test
	void recordsAndEnumsArePublicOrPrivate() {
		classes().that()
			.areRecords()
			.or()
			.areEnums()
			.and()
			.areNotPrivate()
			.and()
			.areNotAnonymousClasses()
			.should()
			.bePublic()
			.check(PORTAL);
	}

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.asprecords.(*)..").should().beFreeOfCycles().check(PORTAL);
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
					"org.asprecords.search..", "org.asprecords.importer..", "org.asprecords.home..",
					"org.asprecords.overview..", "org.asprecords.kind..")
			.check(PORTAL);
	}

	/**
	 * Visitors read; editors write under {@code /admin}. The one exception is a visitor's
	 * own alerts by email ({@code alert}: following, confirming, unsubscribing), which
	 * write no record.
	 */
	@Test
	void publicControllersOnlyRead() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.and()
			.areDeclaredInClassesThat()
			.haveSimpleNameNotEndingWith("AdminController")
			.and()
			.areDeclaredInClassesThat()
			.resideOutsideOfPackage("org.asprecords.alert..")
			.should()
			.notBeAnnotatedWith(PostMapping.class)
			.andShould()
			.notBeAnnotatedWith(PutMapping.class)
			.andShould()
			.notBeAnnotatedWith(DeleteMapping.class)
			.check(PORTAL);
	}

	@Test
	void adminControllersLiveUnderAdmin() {
		classes().that()
			.haveSimpleNameEndingWith("AdminController")
			.should()
			.beAnnotatedWith(RequestMapping.class)
			.andShould(new ArchCondition<JavaClass>("be mapped under /admin") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					String[] paths = type.getAnnotationOfType(RequestMapping.class).value();
					boolean admin = paths.length > 0 && List.of(paths).stream().allMatch((p) -> p.startsWith("/admin"));
					events
						.add(new SimpleConditionEvent(type, admin, type.getName() + " is mapped to " + List.of(paths)));
				}
			})
			.check(PORTAL);
	}

	/**
	 * Every kind of record an editor keeps is in the registry of kinds, which gives it
	 * its admin pages, trash, history and place on its session's admin page: a new entity
	 * left out of it fails here.
	 */
	@Test
	void everyKindOfRecordIsInTheRegistry() {
		Set<String> registered = Arrays.stream(RecordKind.values())
			.map((kind) -> kind.type().getName())
			.collect(Collectors.toSet());
		List<String> entities = PORTAL.stream()
			.filter((type) -> type.isAnnotatedWith(Entity.class) && type.isAssignableTo(RecordEntity.class))
			.map(JavaClass::getName)
			.toList();
		assertThat(entities).isNotEmpty();
		assertThat(registered).containsExactlyInAnyOrderElementsOf(entities);
	}

	/**
	 * No two feature packages depend on each other: features depend in one direction
	 * (CONTRIBUTING.md), the pages that compose many kinds living in {@code overview}.
	 * There were 18 such pairs when this test was first written; the list it was frozen
	 * with emptied since.
	 */
	@Test
	void noTwoPackagesDependOnEachOther() {
		Map<String, Set<String>> uses = new TreeMap<>();
		for (JavaClass type : PORTAL) {
			String from = feature(type);
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				String to = feature(dependency.getTargetClass());
				if (from != null && to != null && !from.equals(to)) {
					uses.computeIfAbsent(from, (key) -> new TreeSet<>()).add(to);
				}
			}
		}
		Set<String> cycles = new TreeSet<>();
		uses.forEach((from, targets) -> targets.stream()
			.filter((to) -> from.compareTo(to) < 0 && uses.getOrDefault(to, Set.of()).contains(from))
			.forEach((to) -> cycles.add(from + "<->" + to)));
		assertThat(cycles).as("packages that depend on each other").isEmpty();
	}

	/** The first package below {@code org.asprecords} a class lives in, or null. */
	private static String feature(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith("org.asprecords.")) {
			return null;
		}
		String rest = name.substring("org.asprecords.".length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
