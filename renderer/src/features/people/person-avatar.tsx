import { Avatar } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Person } from '../../../../domain/contract';
import { call } from '../../api';
import { showError } from '../../store/notices-store';
import { initialsOf } from './photo-picker';

/** A table row's thumbnail: the stored photo, asked for only when there is one; else initials. */
export function PersonAvatar({ person, name }: { person: Person; name: string }) {
  const { id, hasPhoto, updatedAt } = person;
  const version = `${id}@${updatedAt}`;
  const [loaded, setLoaded] = useState<{ version: string; src: string | null } | null>(null);
  useEffect(() => {
    if (!hasPhoto) return;
    let current = true;
    call('people:photo', { id })
      .then(({ photo }) => current && setLoaded({ version, src: photo }))
      .catch((error: unknown) => current && showError(error));
    return () => {
      current = false;
    };
  }, [id, hasPhoto, version]);
  const src = hasPhoto && loaded?.version === version ? loaded.src : null;
  return (
    <Avatar src={src} alt={name} size={32} radius="xl" color="navy" data-testid="person-thumbnail">
      {initialsOf(name)}
    </Avatar>
  );
}
