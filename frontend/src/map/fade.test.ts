import { describe, expect, it } from 'vitest'
import Graph from 'graphology'
import { addTransition, drawnNodes, fading, mix, sharedShare } from './fade'

describe('fade', () => {
  it('marks new nodes entering and keeps the old ones leaving', () => {
    const before = new Graph()
    before.addNode('a', { color: '#000000', x: 0, y: 0 })
    before.addNode('b', { color: '#000000', x: 1, y: 1 })
    const after = new Graph()
    after.addNode('b', { color: '#000000', x: 1, y: 1 })
    after.addNode('c', { color: '#000000', x: 2, y: 2 })
    // Without the fade (reduced motion) the share is the same and nothing is marked.
    expect(sharedShare(after, drawnNodes(before))).toBe(1 / 3)
    expect(after.order).toBe(2)
    expect(addTransition(after, drawnNodes(before))).toBe(1 / 3)
    expect(after.getNodeAttribute('c', 'entering')).toBe(true)
    expect(after.getNodeAttribute('a', 'leaving')).toBe(true)
    expect(after.getNodeAttribute('b', 'entering')).toBeUndefined()
    expect(drawnNodes(after).has('a')).toBe(false) // the next step forgets what left
  })
  it('blends towards the background and hides what has left', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(fading({ color: '#1b2f5b', entering: true, label: 'x' }, 0).color).toBe('#f7f8fa')
    expect(fading({ color: '#1b2f5b', entering: true, label: 'x' }, 1)).toMatchObject({ color: '#1b2f5b', label: 'x' })
    expect(fading({ color: '#1b2f5b', leaving: true }, 1).hidden).toBe(true)
    const still = { color: '#1b2f5b' }
    expect(fading(still, 0.3)).toBe(still)
  })
})
