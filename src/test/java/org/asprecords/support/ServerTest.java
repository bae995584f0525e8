package org.asprecords.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.asprecords.security.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole portal running on a random port, as in production (Tomcat, its
 * valves and limits, requests that commit), with the {@code test} profile and the shipped
 * records: for what MockMvc does not go through. It shares its application context with
 * the browser tests. A test removes what it creates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, TestAccounts.class })
public @interface ServerTest {

}
