package org.asprecords.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.asprecords.security.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole portal on a real PostgreSQL database (see {@link TestDatabase}),
 * with the {@code test} profile, the shipped records loaded, and MockMvc. Tests can
 * inject {@code MockMvcTester}, {@link SqlStatementCounter} and any application bean.
 * <p>
 * Test classes with the same configuration share one application context, and so one
 * database: a test that changes data must undo its changes (for instance with
 * {@code @Transactional}) or leave them harmless.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestDatabase.class, SqlStatementCounter.class, TestAccounts.class })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
