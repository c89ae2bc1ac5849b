/**
 * What every feature's views share: the main layout with its role-aware navigation, the root route
 * that sends each user to their home, and error pages; and the {@link org.sourcewise.base.HeavyWorkLane}
 * that queues expensive page openings and attempt starts behind students' answers; and how a request
 * that failed is told to the person ({@link org.sourcewise.base.Failure}): a notification on the page,
 * problem JSON from the REST API. Uses accounts only.
 */
@ApplicationModule(allowedDependencies = {"accounts", "browser", "browser :: ui"})
@NullMarked
package org.sourcewise.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
