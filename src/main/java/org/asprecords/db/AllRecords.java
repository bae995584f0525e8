package org.asprecords.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks admin code (a class or a method) that works on every record, drafts and trashed
 * ones included: it runs in a transaction where the restrictions of {@link Visibility}
 * let every record through ({@link AllRecordsAdvisor}). Everything else sees only what
 * the public sees.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AllRecords {

}
