#!/usr/bin/env python3
"""Where a server's request threads spend their time, from a JFR recording's execution samples.

    scripts/jfr-shares.py [--name hit] target/load-hit-1.jfr [more.jfr ...]   # one report over all of them

Prints, for the samples of Tomcat's threads (http-nio-*), the share of each stage of a request (a sample goes to
the innermost stage on its stack: a filter's share is its own work) and the top self frames. The
recording needs deep stacks: -XX:FlightRecorderOptions=stackdepth=512 (scripts/load.sh PROFILE=1 sets it).
"""
import collections
import re
import subprocess
import sys

# (label, pattern on a frame "package.Class.method"). A sample goes to the stage of the innermost frame on its stack
# that matches one of these, so a filter's share is its own work, not the rest of the chain it calls.
STAGES = [
    ("a fresh core (AdviceService.core: ranking, data gaps, intervals)", r"AdviceService\.core$"),
    ("writing the texts (AdviceWriter.write)", r"AdviceWriter\.write$"),
    ("validation (ProfileValidator)", r"ProfileValidator\.\w+$"),
    ("reach resolution (Neighbours.resolve)", r"Neighbours\.resolve$"),
    ("advice cache (AdviceCache.get, without computing)", r"AdviceCache\.\w+$"),
    ("the rest of the controller method", r"org\.gba\.advisor\.(advice\.AdviceController|bench\.EchoController)\.\w+$"),
    ("reading the profile (ProfileDeserializer: tree, then ProfileReader)", r"ProfileDeserializer\.deserialize$"),
    ("reading the request body, the rest (message converter, argument resolution)", r"readWithMessageConverters$|resolveArgument$"),
    ("writing the response body (message converter, Jackson)", r"writeWithMessageConverters$|ObjectWriter\.writeValue$|ObjectMapper\.writeValue$"),
    ("Spring MVC, the rest (handler mapping, invocation)", r"DispatcherServlet\.doDispatch$|FrameworkServlet\.service$"),
    ("the bare endpoint's own work", r"org\.gba\.advisor\.bench\.BareEcho\.doFilter$"),
    ("body reader (BodyReader)", r"org\.gba\.advisor\.system\.BodyReader"),
    ("key filter (ApiKeyFilter)", r"ApiKeyFilter\.doFilterInternal$"),
    ("CORS filter", r"org\.springframework\.web\.filter\.CorsFilter\.doFilterInternal$"),
    ("security headers (HeaderWriterFilter)", r"HeaderWriterFilter\.\w+$"),
    ("authorization (AuthorizationFilter)", r"AuthorizationFilter\.doFilter$"),
    ("Spring Security, the rest of its chain", r"org\.springframework\.security\.web\."),
    ("observation filter (http.server.requests timer)", r"ServerHttpObservationFilter\.doFilterInternal$"),
    ("rules-version header", r"RulesVersionHeader\.doFilterInternal$"),
    ("async start and re-dispatch (Tomcat)", r"AsyncStateMachine|AsyncContextImpl|Request\.startAsync$"),
    ("filter chain plumbing (ApplicationFilterChain, other filters)", r"org\.apache\.catalina\.core\.ApplicationFilterChain|org\.springframework\.web\.filter\."),
    ("Tomcat: request parsing, connector, socket", r"org\.apache\.(coyote|tomcat\.util\.net|catalina)\."),
]


def samples(path):
    out = subprocess.run(["jfr", "print", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif s.startswith("sampledThread"):
            m = re.search(r'"([^"]*)"', s)
            thread = m.group(1) if m else ""
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
        elif in_stack and s and s != "...":
            frames.append(re.sub(r"\(.*$", "", s))
        elif s == "}" and thread is not None:
            yield thread, frames
            thread = None


COMPILED = [(label, re.compile(pattern)) for label, pattern in STAGES]


def attribute(frames):
    for f in frames:
        for label, pattern in COMPILED:
            if pattern.search(f):
                return label
    return "elsewhere (no stage's frame on the stack)"


def main(args):
    name = None
    if args[:1] == ["--name"]:
        name, args = args[1], args[2:]
    total = 0
    stage = collections.Counter()
    own = collections.Counter()
    for path in args:
        for thread, frames in samples(path):
            if not thread.startswith("http-nio"):
                continue
            total += 1
            if frames:
                own[frames[0]] += 1
            stage[attribute(frames)] += 1
    print(f"{name or ' '.join(args)}: {total} samples on request threads ({len(args)} recording(s))")
    if not total:
        return
    for label, n in stage.most_common():
        print(f"  {100.0 * n / total:5.1f} %  {label}")
    print("  top self frames:")
    for frame, n in own.most_common(15):
        print(f"  {100.0 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main(sys.argv[1:])
