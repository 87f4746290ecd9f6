/**
 * The tool's built-in example, as GoVector's shiviz.sh writes a merged log: the parser
 * regex, an empty delimiter line, a blank line, then the entries. A client writes to a
 * leader that replicates to a follower, while the follower's own heartbeat crosses the
 * leader's replicate message. The two are concurrent, and the clocks show it.
 */
import { GOVECTOR_REGEX } from '@/sim/formats/shiviz';

export const EXAMPLE_LOG = `${GOVECTOR_REGEX}


client {"client":1}
Start
client {"client":2}
send write x=1 to leader
leader {"leader":1}
Start
leader {"client":2, "leader":2}
receive write x=1 from client
leader {"client":2, "leader":3}
send replicate x=1 to follower
follower {"follower":1}
Start
follower {"follower":2}
send heartbeat to leader
leader {"client":2, "leader":4, "follower":2}
receive heartbeat from follower
follower {"client":2, "leader":3, "follower":3}
receive replicate x=1 from leader
follower {"client":2, "leader":3, "follower":4}
send ack x=1 to leader
leader {"client":2, "leader":5, "follower":4}
receive ack x=1 from follower
leader {"client":2, "leader":6, "follower":4}
send ok to client
client {"client":3, "leader":6, "follower":4}
receive ok from leader
`;
