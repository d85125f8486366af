import { Avatar } from '@mantine/core';
import type { Person } from '../../../../domain/contract';
import { useCall } from '../../components/use-call';
import { initialsOf } from './photo-picker';

/** A table row's thumbnail: the stored photo, asked for only when there is one; else initials. */
export function PersonAvatar({ person, name }: { person: Person; name: string }) {
  const { id, hasPhoto, updatedAt } = person;
  // A saved change may be a new photo: asked again then.
  const photo = useCall('people:photo', hasPhoto ? { id } : null, { version: updatedAt });
  const src = hasPhoto && !photo.loading && !photo.error ? (photo.data?.photo ?? null) : null;
  return (
    <Avatar src={src} alt={name} size={32} radius="xl" color="navy" data-testid="person-thumbnail">
      {initialsOf(name)}
    </Avatar>
  );
}
