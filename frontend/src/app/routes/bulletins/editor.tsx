import { useParams } from 'react-router';

import { Editor } from '@/features/bulletins/components/editor';

export function BulletinEditorRoute() {
  const { id = '' } = useParams();
  return <Editor key={id} id={id} />;
}
