// A real, labelled file input styled as a button: keyboard users reach it with Tab and open it with
// Enter or Space, screen readers hear its label, and tests can set files on it.
import { UploadOutlined } from "@ant-design/icons";
import { type ChangeEvent, useId } from "react";

interface FilePickerProps {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

export function FilePicker({ label, accept, onFile, disabled = false }: FilePickerProps) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after editing it) reads it again.
    event.target.value = "";
    if (file) onFile(file);
  };
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={onChange}
        disabled={disabled}
        className="visually-hidden"
      />
      <label
        htmlFor={id}
        className="ant-btn ant-btn-default ant-btn-color-default ant-btn-variant-outlined file-picker-button"
      >
        <UploadOutlined aria-hidden="true" />
        <span>{label}</span>
      </label>
    </span>
  );
}
