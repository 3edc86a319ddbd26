; Inno Setup script: the Windows installer of Xianbao (县报), wrapping the one folder that
; `make bundle` (PyInstaller, packaging/xianbao.spec) builds on Windows as dist\xianbao\.
;
;   iscc packaging\xianbao.iss                         -> dist\xianbao-<version>-setup.exe
;   iscc /DSignTool=xianbao packaging\xianbao.iss      -> the same, installer and uninstaller signed
;
; Needs Inno Setup 6.3 or later (a UTF-8 script without BOM, x64compatible). The version is read
; from dist\xianbao\xianbao.exe (the spec writes pyproject.toml's version into it);
; /DAppVersion=1.2.3 overrides it.
;
; - Per user: no administrator rights; the program goes to %LOCALAPPDATA%\Programs\Xianbao.
; - A Start-menu entry for the program, one for its self-test (in a console window that stays
;   open), and a desktop icon if asked.
; - The user's data (database, backups, logs, their own templates) lives in
;   %LOCALAPPDATA%\Xianbao, written by the program, never by the installer: an upgrade replaces
;   the program's folder and leaves the data alone; the uninstaller keeps it too, unless the
;   user ticks "also delete my data" (a silent uninstall always keeps it).
; - Chinese wizard pages when Inno Setup has ChineseSimplified.isl in its Languages folder
;   (newer releases ship it; for older ones the translation is put there by hand); English
;   otherwise. Windows in Chinese picks the Chinese pages by itself.

#define AppName "Xianbao"
#define AppExe "xianbao.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\xianbao"
#ifndef AppVersion
  ; The text version the spec writes (pyproject.toml's "0.1.0", not the resource's 0.1.0.0).
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error No version in dist\xianbao\xianbao.exe: build the bundle first (packaging\xianbao.spec), or pass /DAppVersion=...
#endif
; The folder platformdirs gives the program on Windows (desktop_app/paths.py:
; user_data_dir("Xianbao", "Xianbao") = %LOCALAPPDATA%\Xianbao\Xianbao), and the registry key
; of its settings (desktop_app/ui/settings.py: QSettings("Xianbao", "Xianbao")).
#define DataFolder "{localappdata}\Xianbao"
#define SettingsKey "Software\Xianbao"

[Setup]
; Never change AppId: it is how an upgrade finds the installed program.
AppId={{6C0E9E37-55A1-4E0B-9B6C-6F3E2A8F1D42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Xianbao
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=xianbao-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\resources\icons\xianbao.ico
; Files in use (the program still open) are closed through the Restart Manager, then reopened.
CloseApplications=yes
#ifdef SignTool
; A sign tool of this name is set up in the Inno Setup IDE (Tools > Configure Sign Tools);
; see README "Installing" for the signtool command it runs.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define HaveChinese
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
english.ShortcutName=Xianbao
english.SelfTestName=Xianbao self-test
english.UninstallTitle=Uninstall Xianbao
english.KeepDataNote=Your databases, backups and logs in %1 are kept, so that a later installation finds them again. A database kept in another folder is never touched.
english.DeleteDataBox=Also delete my data (the folder above and the program's settings)
#ifdef HaveChinese
chinesesimplified.ShortcutName=县报
chinesesimplified.SelfTestName=县报 自检
chinesesimplified.UninstallTitle=卸载县报
chinesesimplified.KeepDataNote=%1 中的数据库、备份和日志将会保留，以后重新安装时仍可使用。保存在其他文件夹中的数据库不受影响。
chinesesimplified.DeleteDataBox=同时删除我的数据（上述文件夹和程序设置）
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer PyInstaller build no longer has must not
; linger beside the new ones. Only the program's folder; the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
; The self-test in a console that stays open (cmd /k), for the IT helper setting up a new PC.
Name: "{autoprograms}\{cm:SelfTestName}"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#AppExe}"" --self-test"""; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:ShortcutName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

{ The uninstaller's one question: keep the data (the default) or delete it too. }
function AskAboutUserData(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(ScaleX(440), ScaleY(160), False, False);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(440);
  Form.ClientHeight := ScaleY(160);
#endif
  try
    Form.Caption := CustomMessage('UninstallTitle');

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.Height := ScaleY(64);
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.Caption := FmtMessage(CustomMessage('KeepDataNote'), [ExpandConstant('{#DataFolder}')]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := ScaleY(86);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(17);
    Box.Caption := CustomMessage('DeleteDataBox');
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(75);
    OkButton.Height := ScaleY(23);
    OkButton.Left := Form.ClientWidth - ScaleX(75 + 6 + 75 + 12);
    OkButton.Top := Form.ClientHeight - ScaleY(23 + 12);
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(75);
    CancelButton.Height := ScaleY(23);
    CancelButton.Left := Form.ClientWidth - ScaleX(75 + 12);
    CancelButton.Top := Form.ClientHeight - ScaleY(23 + 12);
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    DeleteUserData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  if UninstallSilent() then
    Result := True  { a silent uninstall (an upgrade script, IT's tools) always keeps the data }
  else
    Result := AskAboutUserData();  { Cancel stops the uninstall before anything is removed }
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
  begin
    DelTree(ExpandConstant('{#DataFolder}'), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, '{#SettingsKey}');
  end;
end;
