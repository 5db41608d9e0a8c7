import { Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';

export type FileDropProps = {
  /** File name extensions that are accepted, lower case with the dot: ['.csv', '.xlsx']. */
  extensions: string[];
  maxBytes: number;
  /** Accessible name of the file input. */
  label: string;
  title: string;
  hint?: string;
  onFile: (file: File) => void;
  onReject: () => void;
};

export function acceptsFile(file: File, extensions: string[], maxBytes: number): boolean {
  const name = file.name.toLowerCase();
  return file.size <= maxBytes && extensions.some((extension) => name.endsWith(extension));
}

/**
 * A drop area around a native file input: a file can be dropped on it, or chosen with the keyboard
 * or a click. Files with another extension or over the size limit are rejected.
 */
export function FileDrop({
  extensions,
  maxBytes,
  label,
  title,
  hint,
  onFile,
  onReject,
}: FileDropProps) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const [focused, setFocused] = useState(false);

  const take = (file: File | undefined) => {
    if (!file) return;
    if (acceptsFile(file, extensions, maxBytes)) onFile(file);
    else onReject();
  };

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <Paper
      component="label"
      htmlFor={inputId}
      withBorder
      p="md"
      style={{
        cursor: 'pointer',
        borderStyle: 'dashed',
        borderColor: over ? 'var(--mantine-color-blue-7)' : undefined,
        outline: focused ? '2px solid var(--mantine-color-blue-7)' : undefined,
        outlineOffset: 2,
      }}
      onDragOver={(event: DragEvent<HTMLLabelElement>) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <VisuallyHidden>
        <input
          id={inputId}
          type="file"
          aria-label={label}
          accept={extensions.join(',')}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(event) => {
            take(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </VisuallyHidden>
      <Group justify="center" gap="md" mih={100}>
        <IconFileSpreadsheet size={40} aria-hidden />
        <div>
          <Text size="lg">{title}</Text>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}
