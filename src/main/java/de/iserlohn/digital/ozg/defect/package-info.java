/**
 * Mängelmelder: citizens report a defect (overflowing bin, pothole, broken street light, illegal
 * dumping) with place, optional coordinates and photos; DMN routes it to the responsible unit. The
 * model needs no Java of its own beyond its names.
 */
package de.iserlohn.digital.ozg.defect;
