// A portal's client in a few lines: the types come from the advisor's OpenAPI document (npm run generate), the
// calls are checked by the TypeScript compiler against them. Run: node dist/example.js http://localhost:8080
import createClient from "openapi-fetch";
import type { paths } from "./advisor.js";

const api = createClient<paths>({ baseUrl: process.argv[2] ?? "http://localhost:8080" });

// A built-in place's advice, in English
const advice = await api.GET("/api/v1/profiles/{id}/advice", {
  params: { path: { id: "dongguan" }, query: { lang: "en" } },
});
if (!advice.data) throw new Error(`advice: ${advice.response.status} ${JSON.stringify(advice.error)}`);
const top = advice.data.recommendations?.[0];
console.log(`dongguan: top recommendation ${top?.id} (${top?.title}), rules ${advice.response.headers.get("X-Rules-Version")}`);

// A what-if: the first declared constraint of Zhongshan lifted, as a JSON Patch
const compared = await api.POST("/api/v1/scenarios/compare", {
  params: { query: { lang: "en" } },
  body: { baseId: "zhongshan", scenarios: [{ name: "barrier lifted", patch: [{ op: "remove", path: "/constraints/0" }] }] },
});
if (!compared.data) throw new Error(`compare: ${compared.response.status} ${JSON.stringify(compared.error)}`);
const moved = compared.data.scenarios?.[0]?.diff?.map((d) => `${d.change?.id} ${d.change?.movement}`) ?? [];
console.log(`zhongshan, barrier lifted: ${moved.join(", ")}`);
if (moved.length === 0) throw new Error("the scenario moved nothing");

// An error is a typed problem+json
const unknown = await api.GET("/api/v1/profiles/{id}", { params: { path: { id: "atlantis" } } });
if (unknown.error?.type !== "urn:gba-advisor:problem:unknown-profile") throw new Error("expected unknown-profile");
console.log(`atlantis: ${unknown.response.status} ${unknown.error.title}`);
