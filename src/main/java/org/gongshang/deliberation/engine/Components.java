package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The two opinion axes: principal components of the centred votes, over all statements in id
 * order (0 on moderated-out ones), with each statement's column mean and extremity.
 *
 * @param statementIds the statements, ascending
 * @param means mean vote per statement (passes count as 0)
 * @param component1 first axis, unit length
 * @param component2 second axis, unit length, or all 0 when the votes have rank one
 * @param eigenvalue1 variance along the first axis (times the participant count)
 * @param eigenvalue2 variance along the second axis
 * @param extremity how far a lone agree vote on the statement would place someone from the centre
 * @param iterations power iterations used
 * @param converged whether the tolerance was reached before the iteration cap
 */
public record Components(long[] statementIds, double[] means, double[] component1, double[] component2,
        double eigenvalue1, double eigenvalue2, double[] extremity, int iterations, boolean converged) implements Serializable {

    @Override
    public boolean equals(Object other) {
        return other instanceof Components that && Arrays.equals(statementIds, that.statementIds)
                && Arrays.equals(means, that.means) && Arrays.equals(component1, that.component1)
                && Arrays.equals(component2, that.component2) && Arrays.equals(extremity, that.extremity)
                && Double.compare(eigenvalue1, that.eigenvalue1) == 0
                && Double.compare(eigenvalue2, that.eigenvalue2) == 0 && iterations == that.iterations
                && converged == that.converged;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(component1);
    }

    @Override
    public String toString() {
        return "Components[statements=" + statementIds.length + ", eigenvalues=" + eigenvalue1 + "/" + eigenvalue2
                + ", iterations=" + iterations + ", converged=" + converged + "]";
    }
}
