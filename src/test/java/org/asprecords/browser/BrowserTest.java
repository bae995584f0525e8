package org.asprecords.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.asprecords.support.ServerTest;

/**
 * A test in a real browser ({@link Chromium}) against the whole portal, running on a
 * random port with the {@code test} profile and the shipped records. Requests commit, as
 * in production: a test removes what it creates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServerTest
@interface BrowserTest {

}
