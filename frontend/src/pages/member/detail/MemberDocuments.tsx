import { FileAddOutlined, FileOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Select, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import {
  documentUrl,
  MEMBER_DOCUMENT_KINDS,
  type MemberDocument,
  type MemberDocumentKind,
  useAddMemberDocument,
  useMemberDocuments,
  useWithdrawMemberDocument,
} from './useMemberDocuments';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The member's file (hồ sơ đảng viên): documents with their form codes; editors file and withdraw them. */
export function MemberDocuments({ id, active, canEdit }: { id: string; active: boolean; canEdit: boolean }) {
  const { t } = useI18n();
  const documents = useMemberDocuments(id, active);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<MemberDocument | null>(null);
  if (documents.isError) return <ProblemAlert error={documents.error} onRetry={() => documents.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {canEdit ? (
        <Flex justify="flex-end">
          <Button icon={<FileAddOutlined />} onClick={() => setAdding(true)} data-testid="document-add">
            {t('memberFile.add')}
          </Button>
        </Flex>
      ) : null}
      <Table<MemberDocument>
        data-testid="member-documents"
        size="small"
        rowKey="id"
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('memberFile.empty') }}
        columns={[
          {
            key: 'kind',
            title: t('memberFile.kind'),
            render: (_, d) => t(`memberFile.kinds.${d.kind}` as never),
          },
          {
            key: 'title',
            title: t('memberFile.title'),
            render: (_, d) =>
              d.withdrawnAt ? (
                <Tooltip
                  title={t('memberFile.withdrawnBy', {
                    who: d.withdrawnBy ?? '',
                    when: formatDateTime(d.withdrawnAt),
                    reason: d.withdrawnReason ?? '',
                  })}
                >
                  <Typography.Text delete type="secondary">
                    {d.title}
                  </Typography.Text>{' '}
                  <Tag>{t('memberFile.withdrawn')}</Tag>
                </Tooltip>
              ) : (
                <Typography.Link href={documentUrl(id, d.id)} target="_blank" rel="noopener">
                  <FileOutlined /> {d.title}
                </Typography.Link>
              ),
          },
          { key: 'size', title: t('memberFile.size'), render: (_, d) => size(d.sizeBytes) },
          { key: 'at', title: t('memberFile.uploadedAt'), render: (_, d) => formatDateTime(d.uploadedAt) },
          { key: 'by', title: t('memberFile.uploadedBy'), dataIndex: 'uploadedBy' },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, d: MemberDocument) =>
                    d.withdrawnAt ? null : (
                      <Button
                        size="small"
                        icon={<StopOutlined />}
                        onClick={() => setWithdrawing(d)}
                        aria-label={`${t('memberFile.withdraw')}: ${d.title}`}
                      >
                        {t('memberFile.withdraw')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {adding ? <AddDocumentDialog id={id} onClose={() => setAdding(false)} /> : null}
      {withdrawing ? (
        <WithdrawDialog id={id} document={withdrawing} onClose={() => setWithdrawing(null)} />
      ) : null}
    </Flex>
  );
}

interface AddValues {
  kind: MemberDocumentKind;
  title: string;
}

function AddDocumentDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const [file, setFile] = useState<File | null>(null);
  const add = useAddMemberDocument(id);
  const submit = (values: AddValues) => {
    if (!file) return;
    add.mutate(
      { file, kind: values.kind, title: values.title },
      {
        onSuccess: () => {
          message.success(t('memberFile.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('memberFile.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: add.isPending, disabled: !file, 'data-testid': 'document-save' } as never}
      destroyOnHidden
    >
      <Form<AddValues> form={form} layout="vertical" onFinish={submit} data-testid="document-form">
        <Form.Item
          name="kind"
          label={t('memberFile.kind')}
          rules={[{ required: true, message: t('memberFile.required') }]}
        >
          <Select
            data-testid="document-kind"
            options={MEMBER_DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t(`memberFile.kinds.${kind}` as never),
            }))}
            onChange={(kind: MemberDocumentKind) => {
              if (!form.getFieldValue('title'))
                form.setFieldValue('title', t(`memberFile.kinds.${kind}` as never));
            }}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('memberFile.title')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('memberFile.required') }]}
        >
          <Input data-testid="document-title" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('memberFile.file')} required>
          <Upload
            accept="application/pdf,image/jpeg,image/png"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="document-file">
              {t('memberFile.choose')}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
      {add.isError ? <ProblemAlert error={add.error} testId="document-error" /> : null}
    </Modal>
  );
}

function WithdrawDialog({
  id,
  document,
  onClose,
}: {
  id: string;
  document: MemberDocument;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawMemberDocument(id);
  return (
    <Modal
      open
      title={`${t('memberFile.withdraw')}: ${document.title}`}
      onCancel={onClose}
      okText={t('memberFile.withdraw')}
      okButtonProps={
        {
          danger: true,
          disabled: !reason.trim(),
          loading: withdraw.isPending,
          'data-testid': 'document-withdraw-confirm',
        } as never
      }
      onOk={() =>
        withdraw.mutate(
          { documentId: document.id, reason: reason.trim() },
          {
            onSuccess: () => {
              message.success(t('memberFile.removed'));
              onClose();
            },
          },
        )
      }
    >
      <Form layout="vertical">
        <Form.Item label={t('memberFile.withdrawReason')} required>
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            rows={3}
            data-testid="document-withdraw-reason"
          />
        </Form.Item>
      </Form>
      {withdraw.isError ? <ProblemAlert error={withdraw.error} /> : null}
    </Modal>
  );
}
