/**
 * Sperrmüllabholung: automatic pickup date from the district's tour (DMN), else planned by hand.
 */
package de.iserlohn.digital.ozg.bulkywaste;
