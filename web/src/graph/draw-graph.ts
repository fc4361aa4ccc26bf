// The drawing of the graph with Cytoscape.js, in a chunk of its own: EntityGraph imports this module
// dynamically, so the library loads only on pages that draw a graph. Every node of every date is laid
// out once, so that moving through time keeps each one in its place: links and nodes that do not hold
// on the date shown fade out, those that begin fade in. Cytoscape draws on a canvas and sets its few
// element styles through the DOM (CSSOM), never with a <style> tag: it runs under the strict CSP.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { EntityGraphModel, GraphNode } from './graph-model';

export interface Drawing {
  /** Shows the given nodes and edges, fading the others out; `animate` false when motion is reduced. */
  show(nodes: Set<string>, edges: Set<string>, animate: boolean): void;
  destroy(): void;
}

const COLOURS: Record<GraphNode['kind'], string> = { Actor: '#0b5d6b', Action: '#9a3412', Partnership: '#5b3a8c' };
const SHAPES: Record<GraphNode['kind'], cytoscape.Css.NodeShape> = { Actor: 'ellipse', Action: 'round-rectangle', Partnership: 'diamond' };
const FADE_MS = 450;

export function drawGraph(
  container: HTMLElement,
  model: EntityGraphModel,
  edgeLabel: (type: string) => string,
  onOpen: (node: GraphNode) => void,
): Drawing {
  const elements: ElementDefinition[] = [
    ...[...model.nodes.values()].map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, name: node.name, colour: COLOURS[node.kind], shape: SHAPES[node.kind], ring: node.ring },
      classes: node.ring === 0 ? 'center' : '',
    })),
    ...model.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, label: edgeLabel(edge.type) },
    })),
  ];
  preventInjectedStylesheet();
  const cy: Core = cytoscape({
    container,
    elements,
    // The page scrolls over the drawing: no wheel zoom, no panning that would trap a touch.
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          shape: 'data(shape)' as never,
          width: 22,
          height: 22,
          label: 'data(name)',
          color: '#1b1f23',
          'font-size': 12,
          'font-family': 'system-ui, sans-serif',
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
        },
      },
      { selector: 'node.center', style: { width: 34, height: 34, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#c2410c' } },
      {
        selector: 'edge',
        style: {
          width: 2,
          'line-color': '#7b828a',
          'target-arrow-color': '#7b828a',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#4f5660',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
        },
      },
    ],
    layout: {
      name: 'concentric',
      // The entity in the middle, its neighbours around it, a partnership's other parties outside.
      concentric: (node) => 3 - Number(node.data('ring')),
      levelWidth: () => 1,
      // Room for the names: labels count in the spacing, and no two nodes overlap.
      nodeDimensionsIncludeLabels: true,
      avoidOverlap: true,
      minNodeSpacing: 24,
      padding: 16,
      animate: false,
    },
  });

  const visible = new Set<string>(cy.nodes().map((node) => node.id()));
  cy.on('tap', 'node', (event) => {
    const node = model.nodes.get(event.target.id());
    if (node && visible.has(node.id) && node.ring !== 0) onOpen(node);
  });
  cy.on('mouseover', 'node', (event) => {
    const shown = visible.has(event.target.id()) && event.target.data('ring') !== 0;
    container.style.cursor = shown ? 'pointer' : '';
  });
  cy.on('mouseout', 'node', () => {
    container.style.cursor = '';
  });

  return {
    show(nodes, edges, animate) {
      visible.clear();
      for (const id of nodes) visible.add(id);
      cy.elements().forEach((element) => {
        const id = element.id();
        const on = element.isNode() ? nodes.has(id) : edges.has(id);
        const opacity = on ? 1 : 0;
        element.stop(true, false);
        element.style('events', on ? 'yes' : 'no');
        if (!animate) element.style('opacity', opacity);
        else if (Number(element.style('opacity')) !== opacity) element.animate({ style: { opacity } }, { duration: FADE_MS });
      });
    },
    destroy() {
      cy.destroy();
    },
  };
}

/**
 * Cytoscape prepends a <style> element to the head unless an element with its id exists; the strict
 * CSP (style-src 'self') refuses it. Its one rule (`position: relative` on the container) is in
 * graph.css; a marker element with the id keeps cytoscape from writing its own.
 */
function preventInjectedStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}
