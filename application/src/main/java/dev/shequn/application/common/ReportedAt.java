package dev.shequn.application.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a cross-field check's violation is reported: the field path (dotted, {@code budget.currency}, relative to
 * the object that declares the check) that the request must correct. Without it, a method-level constraint such
 * as {@code @AssertTrue boolean isBudgetCurrencyNamed()} would be reported at the method's name, which is no
 * field of any request.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReportedAt {

    /** The field path; {@code ""} for the object as a whole. */
    String value();
}
