/**
 * Cluster safety: N identical nodes on one database. {@link ProcessClaims} keeps at most one
 * running process instance per business key by a unique key in the database; {@link ClusterLease}
 * lets one node at a time do a technical singleton job (hot folder, IMAP inbox) and hands it to
 * another node when the holder dies; {@link DatabaseUnavailable} tells a database outage from other
 * failures.
 */
@org.springframework.modulith.NamedInterface("cluster")
package de.iserlohn.digital.platform.cluster;
