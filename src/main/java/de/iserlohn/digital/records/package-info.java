/**
 * Records lifecycle: the Aussonderung of Vorgänge whose retention ended (process {@code
 * records-disposal}): the list a records officer confirms, the offer to the state archive (xdomea
 * 0501), its evaluation (0502), the transfer (0503) and its import confirmation (0506), and the
 * disposal of the Vorgänge in the case file that leaves a tombstone. The archive is reached through
 * a drop folder ({@code iserlohn.records.archive.*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package de.iserlohn.digital.records;
