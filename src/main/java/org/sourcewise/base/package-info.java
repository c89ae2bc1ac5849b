/**
 * What every feature's views share: the main layout with its role-aware navigation, the root route
 * that sends each user to their home, and error pages. Depends on accounts only.
 */
package org.sourcewise.base;
