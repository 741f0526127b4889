# mypy: allow-redefinition
"""Every code sample of the seed document ("Use Service Management from Python"), in order.

Only the import line and the seed's placeholders differ from the document: the subscription id
and certificate come from the emulator directory in ``ASM_DEMO_DIR``, the storage URLs point at
an account name, and the virtual machine the capture sample names (``hs1``/``dep1``/``vm1``) is
created first, since the seed tells the reader to substitute an existing one. Run it with
``make demo``, which starts the local emulator and sets ``AZURE_ASM_HOST`` and
``AZURE_ASM_CA_BUNDLE``.

The file also passes ``mypy --strict`` (``make lint``), which asks one thing of the seed's
code: its ``print('Name: ' + model.name)`` lines are f-strings, since a scalar the service may
leave out is ``str | None`` (a None would print as ``None``, which the walkthrough's test
refuses). Nested models and lists (``hosted_service_properties``, ``operating_systems``) start
fresh and are never None, as their types say. Reusing one name for values of different types
(``result``, ``location``, ``os``), as the seed does, is allowed by the ``allow-redefinition``
option above.
"""

from os import environ
from pathlib import Path

from azure_asm import *  # noqa: F403  (the seed does `from azure.servicemanagement import *`)

demo_dir = Path(environ["ASM_DEMO_DIR"])
subscription_id = (demo_dir / "subscription_id").read_text().strip()
certificate_path = str(demo_dir / "mycert.pem")


def section(title: str) -> None:
    print(f"\n=== {title} ===")


section("Connect (OpenSSL management certificate)")
sms = ServiceManagementService(subscription_id, certificate_path)
print(sms)

section("Connect (Windows certificate store)")
try:
    ServiceManagementService(subscription_id, "CURRENT_USER\\my\\AzureCertificate")
except (AsmError, ValueError) as error:
    # The seed's MakeCert sample reads the Windows certificate store, which exists only on
    # Windows; elsewhere the client says so instead of failing later.
    print(f"not available here: {error}")

section("List available locations")
result = sms.list_locations()
for location in result:
    print(location.name)

section("Create a cloud service")
name = "myhostedservice"
label = "myhostedservice"
desc = "my hosted service"
location = "West US"

sms.create_hosted_service(name, label, desc, location)

result = sms.list_hosted_services()

for hosted_service in result:
    print(f"Service name: {hosted_service.service_name}")
    print(f"Management URL: {hosted_service.url}")
    print(f"Location: {hosted_service.hosted_service_properties.location}")
    print("")

hosted_service = sms.get_hosted_service_properties("myhostedservice")

print(f"Service name: {hosted_service.service_name}")
print(f"Management URL: {hosted_service.url}")
print(f"Location: {hosted_service.hosted_service_properties.location}")

section("Delete a cloud service")
sms.delete_hosted_service("myhostedservice")

section("Delete a deployment")
try:
    sms.delete_deployment("myhostedservice", "v1")
except ResourceNotFoundError as error:
    # The seed deletes a deployment `v1` it never created; ASM answers 404.
    print(f"as ASM answers for a deployment that does not exist: {error}")

section("Create a storage service")
name = "mystorageaccount"
label = "mystorageaccount"
location = "West US"
desc = "My storage account description."

result = sms.create_storage_account(name, desc, label, location=location)

operation_result = sms.get_operation_status(result.request_id)
print(f"Operation status: {operation_result.status}")

result = sms.list_storage_accounts()
for account in result:
    print(f"Service name: {account.service_name}")
    print(f"Location: {account.storage_service_properties.location}")
    print("")

section("Delete a storage service")
sms.delete_storage_account("mystorageaccount")

section("List available operating systems")
result = sms.list_operating_systems()

for os in result:
    print(f"OS: {os.label}")
    print(f"Family: {os.family_label}")
    print("Active: " + str(os.is_active))

result = sms.list_operating_system_families()

for family in result:
    print(f"Family: {family.label}")
    for os in family.operating_systems:
        if os.is_active:
            print(f"OS: {os.label}")
            print(f"Version: {os.version}")
    print("")

section("Create an operating system image")
name = "mycentos"
label = "mycentos"
os = "Linux"  # Linux or Windows
media_link = "https://mystorageaccount.blob.core.windows.net/vhds/mycentos.vhd"

result = sms.add_os_image(label, media_link, name, os)

operation_result = sms.get_operation_status(result.request_id)
print(f"Operation status: {operation_result.status}")

result = sms.list_os_images()

for image in result:
    print(f"Name: {image.name}")
    print(f"Label: {image.label}")
    print(f"OS: {image.os}")
    print(f"Category: {image.category}")
    print(f"Description: {image.description}")
    print(f"Location: {image.location}")
    print(f"Media link: {image.media_link}")
    print("")

section("Delete an operating system image")
result = sms.delete_os_image("mycentos")

operation_result = sms.get_operation_status(result.request_id)
print(f"Operation status: {operation_result.status}")

section("Create a virtual machine")
name = "myvm"
location = "West US"

# Set the location
sms.create_hosted_service(service_name=name, label=name, location=location)

# Name of an os image as returned by list_os_images
image_name = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"

# Destination storage account container/blob where the VM disk
# will be created
media_link = "https://mystorageaccount.blob.core.windows.net/vhds/myvm.vhd"

# Linux VM configuration, you can use WindowsConfigurationSet
# for a Windows VM instead
linux_config = LinuxConfigurationSet("myhostname", "myuser", "mypassword", True)

os_hd = OSVirtualHardDisk(image_name, media_link)

sms.create_virtual_machine_deployment(
    service_name=name,
    deployment_name=name,
    deployment_slot="production",
    label=name,
    role_name=name,
    system_config=linux_config,
    os_virtual_hard_disk=os_hd,
    role_size="Small",
)
print(f"deployment {name}: {sms.get_deployment_by_name(name, name).status}")

section("Delete a virtual machine")
sms.delete_deployment(service_name="myvm", deployment_name="myvm")

sms.delete_hosted_service(service_name="myvm")

section("Capture a virtual machine image")
# The seed's placeholders name an existing virtual machine; make one to stand for them.
hosted_service_name = "hs1"
deployment_name = "dep1"
vm_name = "vm1"
sms.create_hosted_service(hosted_service_name, hosted_service_name, location="West US")
sms.create_virtual_machine_deployment(
    hosted_service_name,
    deployment_name,
    "production",
    deployment_name,
    vm_name,
    LinuxConfigurationSet("vm1host", "myuser", "mypassword", True),
    OSVirtualHardDisk(
        "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd",
        "https://mystorageaccount.blob.core.windows.net/vhds/vm1.vhd",
    ),
    role_size="Small",
)

image_name = vm_name + "image"
image = CaptureRoleAsVMImage(
    "Specialized",
    image_name,
    image_name + "label",
    image_name + "description",
    "english",
    "mygroup",
)

result = sms.capture_vm_image(hosted_service_name, deployment_name, vm_name, image)

images = sms.list_vm_images()
print(f"VM images: {', '.join(str(vm_image.name) for vm_image in images)}")

section("Create a virtual machine from the captured image")
name = "myvm"
location = "West US"

# Set the location
sms.create_hosted_service(service_name=name, label=name, location=location)

sms.create_virtual_machine_deployment(
    service_name=name,
    deployment_name=name,
    deployment_slot="production",
    label=name,
    role_name=name,
    system_config=linux_config,
    os_virtual_hard_disk=None,
    role_size="Small",
    vm_image_name=image_name,
)
deployment = sms.get_deployment_by_name(name, name)
print(
    f"deployment {deployment.name}: {deployment.status}, role {deployment.role_list[0].role_name}"
)

print("\nwalkthrough complete")
