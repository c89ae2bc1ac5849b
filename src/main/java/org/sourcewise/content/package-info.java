/**
 * Content: courses, their sources, claims and lessons, and the course files they ship as. Other
 * features add their own parts of a course file set through {@link org.sourcewise.content.CourseImportPart}.
 * Course content is not personal data: any logged-in user may read it; student-facing services
 * elsewhere check class membership.
 */
@ApplicationModule(allowedDependencies = {"accounts", "browser", "browser :: ui"})
@NullMarked
package org.sourcewise.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
