/**
 * What every feature's views share: the main layout with its role-aware navigation, the root route
 * that sends each user to their home, and error pages; and the {@link org.sourcewise.base.HeavyWorkLane}
 * that queues expensive page openings and attempt starts behind students' answers. Depends on accounts only.
 */
package org.sourcewise.base;
