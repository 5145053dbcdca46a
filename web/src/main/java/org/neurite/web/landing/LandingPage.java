package org.neurite.web.landing;

import org.neurite.web.dom.Dom;
import org.neurite.web.xor.XorProblem;

/**
 * The landing page's live proof: a 2-4-1 network learns XOR in the visitor's browser while they watch,
 * and "restart" trains a new one from the next seed. {@code #seed=N} in the URL starts from seed N.
 */
public final class LandingPage {
    private LandingPage() {
    }

    public static void main(String[] args) {
        XorProof proof = new XorProof(new ProofView());
        Dom.byId("proof-restart").onClick(event -> proof.restart());
        proof.start(Dom.hashInt("seed", XorProblem.FIRST_SEED));
    }
}
