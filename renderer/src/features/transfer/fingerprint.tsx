// A key's fingerprint as an officer reads it out over the phone: groups of four in a monospace
// face, spaced apart, wrapping only between groups. The text itself keeps its single spaces, so
// a copied fingerprint is the real one.
import { Text, type MantineSize } from '@mantine/core';

export function Fingerprint({ value, size = 'sm', testId }: { value: string; size?: MantineSize; testId?: string }) {
  return (
    <Text ff="monospace" size={size} fw={size === 'lg' ? 600 : 500} style={{ wordSpacing: '0.45em', letterSpacing: '0.04em' }} data-testid={testId}>
      {value}
    </Text>
  );
}
