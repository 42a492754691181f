/** Organisation rules: the org tree and the data scope every caller is held to. */
package com.salesperf.organization.control;
