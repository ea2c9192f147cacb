import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'centered',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Gate',
          ['Playground', 'Steps', 'Phone validation', 'Status codes', 'Failures', 'Layout'],
          'Headless',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
