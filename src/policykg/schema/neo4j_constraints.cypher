// Generated from policykg.schema.vocab.neo4j_constraints(); Neo4j 5 Community edition.
// One uniqueness constraint on `key` per node label (keys are deterministic, see graph/keys.py).
CREATE CONSTRAINT policy_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT measure_key IF NOT EXISTS FOR (n:Measure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (n:Agency) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT jurisdiction_key IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT funding_key IF NOT EXISTS FOR (n:Funding) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT enterprise_key IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT platform_key IF NOT EXISTS FOR (n:Platform) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT program_key IF NOT EXISTS FOR (n:Program) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT proposal_key IF NOT EXISTS FOR (n:Proposal) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citation_key IF NOT EXISTS FOR (n:Citation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
// Full-text search on names, titles and agencies' names as written (aliases) with the CJK analyzer
// (bigrams of Chinese characters).
CREATE FULLTEXT INDEX policykg_names IF NOT EXISTS
FOR (n:Policy|Measure|Agency|Jurisdiction|Funding|Enterprise|Platform|Program|Person|Proposal|Citation|Document) ON EACH [n.name, n.title, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
