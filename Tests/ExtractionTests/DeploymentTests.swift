import TestSupport
import NewsGraphModel
import Testing

@Suite struct DeploymentTests {
    @Test func hedgedNumberWithDestination() throws {
        let text = "Nordkorea hat etwa 10.000 Soldaten nach Russland geschickt."
        let edge = try #require(Fixture.edges(text, .deploys).first)
        #expect(edge.source == EntityRef(.country, "Nordkorea"))
        #expect(edge.target == .entity(EntityRef(.country, "Russland")))
        #expect(edge.deployment == Deployment(quantity: 10000, approximate: true, unit: "Soldaten", destination: "Russland"))
        #expect(edge.cueSpan == TextSpans.span(of: "geschickt", in: text))
    }

    @Test func formationWithItsSizeAndCapitalAsDeployer() throws {
        let text = "Pjöngjang will vier Brigaden mit 12.000 Soldaten an die Front schicken."
        let edge = try #require(Fixture.edges(text, .deploys).first)
        #expect(edge.source == EntityRef(.country, "Nordkorea"))
        #expect(edge.deployment?.quantity == 12000)
        #expect(edge.deployment?.approximate == false)
        #expect(edge.sourceSpan == TextSpans.span(of: "Pjöngjang", in: text))
    }

    @Test func deploymentWithoutNumber() throws {
        let text = "Russland verlegt Truppen nach Belarus."
        let edge = try #require(Fixture.edges(text, .deploys).first)
        #expect(edge.deployment?.quantity == nil)
        #expect(edge.deployment?.unit == "Truppen")
        #expect(edge.deployment?.destination == "Belarus")
    }

    @Test func reportedDeploymentIsClaimedAndAsserted() throws {
        let text = "Der Geheimdienstchef Kyrylo Budanow berichtete, dass 11.000 nordkoreanische Infanteristen in Russland ausgebildet werden."
        let analysis = Fixture.analyze(text)
        let deploys = try #require(analysis.edges.first { $0.type == .deploys })
        #expect(deploys.source == EntityRef(.country, "Nordkorea"))
        #expect(deploys.deployment?.claimedBy == "Kyrylo Budanow")
        #expect(deploys.deployment?.quantity == 11000)
        #expect(deploys.deployment?.unit == "Infanteristen")
        #expect(deploys.sourceSpan == TextSpans.span(of: "nordkoreanische", in: text))
        #expect(analysis.edges.contains { $0.type == .asserts && $0.source == EntityRef(.person, "Kyrylo Budanow") })
    }

    @Test func deniedDeploymentGivesNoDeploysEdge() {
        let analysis = Fixture.analyze("Russland bestritt, dass nordkoreanische Soldaten in der Ukraine kämpfen.")
        #expect(analysis.edges.contains { $0.type == .denies })
        #expect(!analysis.edges.contains { $0.type == .deploys })
    }

    @Test func hypotheticalAndWarnedAgainstDeploymentsGiveNone() {
        #expect(Fixture.edges("Sollte Nordkorea Soldaten nach Russland schicken, würde die Lage eskalieren.", .deploys).isEmpty)
        #expect(Fixture.edges("Der Präsident warnte vor dem Einsatz nordkoreanischer Truppen.", .deploys).isEmpty)
    }

    @Test func laterPassingMentionAddsNoEdge() {
        let text = "Nordkorea hat 3.000 Soldaten nach Russland geschickt. Der Einsatz nordkoreanischer Soldaten beunruhigt die Nachbarn."
        let edges = Fixture.edges(text, .deploys)
        #expect(edges.count == 1)
        #expect(edges.first?.deployment?.quantity == 3000)
    }
}
