/**
 * Several nodes on one PostgreSQL: a node tells the others that something changed with a small
 * signal (PostgreSQL {@code NOTIFY}, sent with the transaction that made the change), and each
 * node's listeners refresh what they keep in memory, reading the data from the database.
 */
@org.jspecify.annotations.NullMarked
package org.gongshang.shared.cluster;
