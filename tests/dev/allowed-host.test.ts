/**
 * The dev server answers only requests that name it: protection against DNS rebinding.
 */
import { describe, expect, it } from "vitest";
import { allowedHosts, isAllowedHost } from "../../src/dev/allowed-host.ts";

describe("allowedHosts", () => {
  it("is localhost and 127.0.0.1 with the port by default", () => {
    expect(allowedHosts("127.0.0.1", 8080)).toEqual(new Set(["localhost:8080", "127.0.0.1:8080"]));
  });

  it("adds the address given with --host, an IPv6 one in brackets", () => {
    expect(allowedHosts("192.168.1.20", 8080)).toEqual(new Set(["localhost:8080", "127.0.0.1:8080", "192.168.1.20:8080"]));
    expect(allowedHosts("::1", 8080)).toEqual(new Set(["localhost:8080", "127.0.0.1:8080", "[::1]:8080"]));
    expect(allowedHosts("Dev.Example", 8080)).toEqual(new Set(["localhost:8080", "127.0.0.1:8080", "dev.example:8080"]));
  });
});

describe("isAllowedHost", () => {
  const allowed = allowedHosts("127.0.0.1", 8080);

  it("accepts the server's own names, whatever their case", () => {
    expect(["localhost:8080", "LOCALHOST:8080", "127.0.0.1:8080"].map((host) => isAllowedHost(host, allowed))).toEqual([true, true, true]);
  });

  it("refuses another name, another port, no port and no Host at all", () => {
    expect(["attacker.example:8080", "localhost:9090", "localhost", "localhost.attacker.example:8080", undefined].map((host) => isAllowedHost(host, allowed))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
