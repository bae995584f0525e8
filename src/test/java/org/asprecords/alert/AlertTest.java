package org.asprecords.alert;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.asprecords.security.TestAccounts;
import org.asprecords.support.TestDatabase;
import org.asprecords.support.TestMail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of alerts by email: the whole portal on a random port, as visitors reach it,
 * sending its mail over SMTP to {@link TestMail}'s server. The tests of alerts share this
 * context; each removes every alert it made ({@link Visitor#forgetAlerts}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, TestAccounts.class, TestMail.class })
@interface AlertTest {

}
