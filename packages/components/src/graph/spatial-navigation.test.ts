import { expect } from '@open-wc/testing';
import { nearestInDirection } from './spatial-navigation.js';

describe('graph spatial navigation', () => {
  // 0 centre; 1 right and level; 2 right, nearer but well off the line; 3 above; 4 far left; 5 below-left
  const positions = [0, 0, 100, 0, 60, 50, 0, -80, -300, 10, -40, 200];

  it('moves to the node ahead in the arrow direction, preferring one on the line over a nearer one off it', () => {
    expect(nearestInDirection(positions, 0, 'right')).to.equal(1);
    expect(nearestInDirection(positions, 0, 'up')).to.equal(3);
    expect(nearestInDirection(positions, 0, 'left')).to.equal(4);
    expect(nearestInDirection(positions, 0, 'down')).to.equal(5);
  });

  it('searches the half-plane when nothing lies within 45° of the direction', () => {
    // From node 3 (0, -80) going right: node 1 (100, 0) is within 45°, and wins over node 2.
    expect(nearestInDirection(positions, 3, 'right')).to.equal(1);
    // From node 1 going down: only node 2 and node 5 lie below; node 2 is within the cone.
    expect(nearestInDirection(positions, 1, 'down')).to.equal(2);
    // Nothing lies within 45° to the left of the origin, but (−50, 200) lies in that half-plane.
    expect(nearestInDirection([0, 0, -50, 200, 30, 0], 0, 'left')).to.equal(1);
  });

  it('stays when nothing lies in that direction, or when the start is not a node', () => {
    expect(nearestInDirection(positions, 1, 'right')).to.equal(-1);
    expect(nearestInDirection(positions, 4, 'left')).to.equal(-1);
    expect(nearestInDirection(positions, 9, 'left')).to.equal(-1);
    expect(nearestInDirection([5, 5], 0, 'up')).to.equal(-1);
  });
});
