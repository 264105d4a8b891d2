/**
 * Rules for where named parties stand: stance triggers with their subject or listed actors, pledges of
 * money, hosts, signatory lists, abstentions, pledge tables.
 */
package org.briefingpack.extract.rule.position;
