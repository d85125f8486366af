import { Avatar, Button, FileButton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { showError } from '../../store/notices-store';

/** The longest side of a stored photo: enough for a badge or a briefing pack, small in the file. */
const PHOTO_EDGE_PX = 256;
const JPEG_QUALITY = 0.85;

/** Scales an image file down to a JPEG in the renderer and returns it as base64 (what the contract takes). */
export async function resizePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, PHOTO_EDGE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  // JPEG has no transparency; a transparent PNG would otherwise turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const dataUrl = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

interface Props {
  /** What the <img> shows: a data: URL, or null for the initials. */
  src: string | null;
  initials: string;
  onPicked(base64Jpeg: string): void;
  onRemoved(): void;
}

/** The person's photo as a thumbnail, with buttons to upload another or remove it. */
export function PhotoPicker({ src, initials, onPicked, onRemoved }: Props) {
  const { t } = useTranslation();
  const pick = (file: File | null) => {
    if (!file) return;
    resizePhoto(file).then(onPicked, () =>
      showError(new ApiError({ code: 'validation', messageKey: 'validation.photoUnreadable' })),
    );
  };
  return (
    <Stack gap="xs" align="center" w={140}>
      <Avatar src={src} alt={t('personForm.photo')} size={112} radius="md" color="navy" data-testid="person-photo">
        {initials}
      </Avatar>
      <FileButton onChange={pick} accept="image/png,image/jpeg,image/webp">
        {(props) => (
          <Button {...props} size="xs" variant="light" color="navy" fullWidth data-testid="person-photo-upload">
            {t(src ? 'personForm.replacePhoto' : 'personForm.uploadPhoto')}
          </Button>
        )}
      </FileButton>
      {src && (
        <Button size="xs" variant="subtle" color="red" fullWidth onClick={onRemoved}>
          {t('personForm.removePhoto')}
        </Button>
      )}
    </Stack>
  );
}

/** First letters of the first two words, for the avatar when there is no photo. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.slice(0, 1).toLocaleUpperCase())
    .join('');
}
