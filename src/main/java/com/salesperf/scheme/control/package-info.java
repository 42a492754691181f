/**
 * What the scoring engine is given to work with: evaluation schemes (indicators, formulas, weights,
 * scoring bands, grades) and incentive plans (tiers, payout modifiers, commission), as immutable
 * records; the validators that say, with stable codes a user interface translates, whether a scheme
 * or plan is usable; the band-coverage strip an editor draws; and the shipped default definitions
 * from the source template. Pure JDK; persistence maps these elsewhere.
 */
package com.salesperf.scheme.control;
