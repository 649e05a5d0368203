/**
 * The peers of issue 20: the eligibility decisions for UP, WIRE and the care-experienced
 * programmes written the way a user would write them without this library, as a DMN decision
 * table run by the Apache KIE DMN engine ({@link
 * uk.co.leicestershirecares.benchmarks.peers.DmnPeer}) and as Easy Rules rules ({@link
 * uk.co.leicestershirecares.benchmarks.peers.EasyRulesPeer}). Start from {@link
 * uk.co.leicestershirecares.benchmarks.peers.DecisionPeer}; {@link
 * uk.co.leicestershirecares.benchmarks.peers.PeerCheck} proves a peer gives the reference's
 * answers before {@code AssessmentBenchmark} times it.
 */
package uk.co.leicestershirecares.benchmarks.peers;
